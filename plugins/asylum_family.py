"""Family members of refugees, nareizigers (000).

The profiles are data (asylum_family.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
