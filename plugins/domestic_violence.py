"""Victim of honour-related or domestic violence (slachtoffer van
eergerelateerd of huiselijk geweld).

The profiles are data (domestic_violence.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
