"""Billing screens: the billing run, the suspension list, package changes."""
