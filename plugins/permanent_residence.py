"""Permanent residence after 5 years (002 Hoofdstuk 6).

The profiles are data (permanent_residence.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
