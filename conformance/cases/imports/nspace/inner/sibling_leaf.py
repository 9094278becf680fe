# Imported relatively from nspace.inner.leaf.
SIB = 'sib'
