print('it is)
