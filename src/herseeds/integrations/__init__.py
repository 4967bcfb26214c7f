"""herseeds inside other engines: each module is one engine's, needs its optional extra, and
is imported by name (importing this package imports none of them).

- :mod:`herseeds.integrations.datatrove`: a datatrove pipeline step, ``HerseedsCleaner``
  (``pip install 'herseeds[datatrove]'``).
"""

__all__: list[str] = []
