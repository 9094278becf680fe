s1 = 'single'
s2 = "double"
s3 = '''triple single'''
s4 = """triple double"""
s5 = r'raw \n \d'
s6 = R"raw \""
s7 = u'unicode'
s8 = U"unicode"
s9 = 'escapes: \n \t \\ \' \" \a \b \f \v \r \0 \x41 \101 \u00e9 \U0001F600 \N{LATIN SMALL LETTER E WITH ACUTE}'
s10 = 'unknown escapes stay: \d \q'
s11 = 'implicit' " concatenation" '''across''' """kinds"""
s12 = ("multi"
       "line"
       'concat')
s13 = """line one
line two\
 continued
"""
s14 = ''
s15 = """"""
s16 = '\''
s17 = "a" 'b' r'\c'
s18 = '\777'
s19 = "tab\there"
s20 = """ends with quote\""""
s21 = 'mixed ' u'prefix'
s22 = '\
'
