"""ISPDesk: the front-office desktop program of an Indonesian fibre ISP."""

__version__ = "0.1.0"
APP_NAME = "ISPDesk"
