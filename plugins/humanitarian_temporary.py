"""Humanitarian temporary residence (humanitair tijdelijk, form 7026).

The profiles are data (humanitarian_temporary.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
