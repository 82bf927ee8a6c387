"""EU-Turkey Association Agreement (form 7031).

The profiles are data (eu_turkey.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
