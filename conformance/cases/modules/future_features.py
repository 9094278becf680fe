# `from __future__ import annotations` imports the __future__ module too: its features, their releases
# and compiler flags, and what the flag does to annotations (kept as strings) in this module and in compile()
from __future__ import annotations
import __future__


def f(x: Undefined, *args: list[Nope], y: int = 3) -> Result:
    return x


class C:
    attr: Missing
    other: "quoted"


print(f.__annotations__)
print(C.__annotations__)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag))
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS, sorted(__future__.__all__)[:3])
code = compile("def g(a: Later) -> Never: pass", "<s>", "exec", flags=__future__.annotations.compiler_flag)
ns = {}
exec(code, ns)
print(ns["g"].__annotations__)
try:
    exec(compile("def h(a: Later): pass", "<s>", "exec", dont_inherit=True), {})
except NameError as e:
    print("NameError:", e)
try:
    compile("from __future__ import braces", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
