"""Example docchk permit plugin: intra-corporate transferee (ICT, EU directive 2014/66).

A permit type is data: the profile in ``ict.json`` (validated by docchk's
``schemas/permit.schema.json``). ``permit_plugin`` turns the file into the
``docchk_permits`` hook; the entry point in pyproject.toml registers it.
"""

from pathlib import Path

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(Path(__file__).with_name("ict.json"))
