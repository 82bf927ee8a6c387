"""Paid employment, internships, guest lecturers, researchers, religious leaders and self-employment (002 Bijlage 6), the EU action programme and arts and culture (001).

The profiles are data (employment.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
