"""Humanitarian non-temporary residence (humanitair niet-tijdelijk, form
7027), including continued residence (voortgezet verblijf).

The profiles are data (humanitarian_non_temporary.json, validated by
schemas/permit.schema.json); this module only hands them to docchk.
"""

from docchk_permits import permit_plugin

docchk_permits = permit_plugin(__file__)
