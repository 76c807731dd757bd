"""Field work and the network: IP pool dialogs, the network tree, installation reports."""
