"""The README's embedding example runs and prints what the README shows."""

from __future__ import annotations

import contextlib
import io
import os
import re

from conftest import ROOT


def _example_and_output() -> tuple[str, str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("## Embedding") :]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    output = re.search(r"prints .*?\n\n```\n(.*?)```", section, re.S).group(1)
    return code, output


def test_readme_example_prints_what_the_readme_says(tmp_path):
    code, expected = _example_and_output()
    code = code.replace('"/tmp/ictsearch-demo"', repr(str(tmp_path / "demo")))
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)  # the example indexes the bundled corpus/ by relative path
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    assert out.getvalue() == expected
