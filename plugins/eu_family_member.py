"""Family members of EU/EEA and Swiss citizens (002 Hoofdstuk 2).

The profiles are data (eu_family_member.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
