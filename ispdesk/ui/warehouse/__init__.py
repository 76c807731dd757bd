"""The warehouse's dialogs: stock adjustment and issue, stock card, stock take,
purchase-order lines, approval and receiving, asset status. Their buttons reach
the generic Inventory, Purchase orders and Assets tabs through :mod:`.actions`."""
