"""Family and partner (verblijf bij partner, form 7018).

The profiles are data (family_partner.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
