"""Family routes of 002 Bijlage 3 other than partner and minor child: adult child, parent aged 65 or older, foster child, prospective adoptive child, family visit.

The profiles are data (family_members.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
