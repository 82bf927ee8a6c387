"""Au pair.

The profile is data (au_pair.json, validated by
schemas/permit.schema.json); this module only hands it to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
