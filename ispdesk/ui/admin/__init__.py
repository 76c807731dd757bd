"""Administration screens: the permission matrix editor and the audit entry view."""
