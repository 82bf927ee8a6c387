"""Special routes of 003 'Andere redenen': terminal illness, foreign investor, family of JFC Brunssum military, studying in Aachen.

The profiles are data (special_routes.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
