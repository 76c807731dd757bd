"""Sales screens: the lead pipeline board, the lead form, converting a lead."""
