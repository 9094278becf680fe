# Imported relatively by byfile/bundle/__init__.py.
PART = 'part'
