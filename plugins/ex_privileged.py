"""Former privileged persons (form 6009) and EU long-term residents of another member state.

The profiles are data (ex_privileged.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
