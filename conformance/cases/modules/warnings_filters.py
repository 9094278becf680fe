# warnings: the default filters (DeprecationWarning only from __main__; Pending/Import/Resource ignored),
# once per location via __warningregistry__, stacklevel (up to "sys:1"), each action, filterwarnings'
# message/module regexes, catch_warnings(record=True) with WarningMessage, the exact stderr text.
import warnings
import _warn_helper

for i in range(3):
    warnings.warn("in a loop")
    _warn_helper.old_api()
    _warn_helper.old_here()
for level in (1, 2, 3):
    _warn_helper.at_level(level)
for cat in (PendingDeprecationWarning, ImportWarning, ResourceWarning, FutureWarning, RuntimeWarning,
            SyntaxWarning, BytesWarning, UnicodeWarning, EncodingWarning, DeprecationWarning):
    warnings.warn("a " + cat.__name__, cat)
warnings.warn(UserWarning("an instance", 2), DeprecationWarning)
print(__warningregistry__["version"], sorted(k[0] for k in __warningregistry__ if k != "version"))
print(warnings.filters)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("recorded %d" % i)
    _warn_helper.old_here()
    warnings.warn_explicit("explicit", SyntaxWarning, "made-up.py", 12)
for w in log:
    print(w.category.__name__, w.message, w.lineno, w.filename == __file__, w.line, w.file, w.source)
print(str(log[0]).replace(__file__, "FILE"))

for action in ("once", "module", "default", "always", "ignore"):
    with warnings.catch_warnings():
        warnings.simplefilter(action)
        for i in range(2):
            warnings.warn("action " + action)
            warnings.warn("action " + action)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="spam")
    warnings.filterwarnings("error", message="eggs", category=RuntimeWarning)
    warnings.filterwarnings("ignore", module="_warn_")
    warnings.warn("SPAM is ignored (case-insensitive)")
    warnings.warn("eggs as UserWarning is shown")
    _warn_helper.at_level(1)
    try:
        warnings.warn("eggs!", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", repr(e))
    print(warnings.filters[:3])
print(len(warnings.filters), repr(warnings.catch_warnings(record=True)))
