"""Study in secondary or vocational education (002 Bijlage 4).

The profiles are data (study_secondary.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
