"""Residence on the basis of Article 8 ECHR (family or private life).

The profiles are data (article_8_echr.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
