# Replaces itself in sys.modules with an instance whose class answers any attribute.
import sys
class _Settings:
    debug = False
    def __getattr__(self, name):
        return 'setting ' + name
    def __repr__(self):
        return '<_Settings>'
sys.modules[__name__] = _Settings()
