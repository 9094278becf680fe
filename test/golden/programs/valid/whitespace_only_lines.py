   
	
  # indented comment
