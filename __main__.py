"""`python -m ictsearch`: the same command line as `ictsearch`, for an environment whose scripts folder is not on PATH."""

from ictsearch.cli import main

main()
