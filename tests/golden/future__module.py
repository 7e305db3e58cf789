# The __future__ module's records, and the compile-time checks seen through exec.
import __future__

for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease())
print(__future__.CO_FUTURE_ANNOTATIONS == __future__.annotations.compiler_flag)

for source in [
    "from __future__ import braces",
    "from __future__ import nonsense",
    "import os\nfrom __future__ import annotations",
    "def f():\n    from __future__ import annotations",
    "'doc'\nfrom __future__ import annotations\nfrom __future__ import division\nx = 1",
]:
    try:
        exec(source)
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
