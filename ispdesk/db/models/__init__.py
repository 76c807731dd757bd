"""Every table of ISPDesk, one module per area; importing this registers them all."""
from ispdesk.db.models.base import Base
from ispdesk.db.models.billing import (BillingRun, BillingRunItem, CreditNote, Invoice, InvoiceItem,
                                       ProformaInvoice, RecurringBilling)
from ispdesk.db.models.catalog import BandwidthProfile, Package, Promotion
from ispdesk.db.models.communication import CustomerMessage, KnowledgeBaseArticle, KnowledgeBaseCategory
from ispdesk.db.models.customers import Customer, CustomerCreditMovement
from ispdesk.db.models.field import InstallationReport, SlaPolicy, TechnicianLocation, WorkOrder
from ispdesk.db.models.files import Attachment
from ispdesk.db.models.identity import (ApiKey, AuditLog, Backup, DocumentSequence, Role, RolePermission,
                                        Setting, User)
from ispdesk.db.models.logins import LoginNameLock
from ispdesk.db.models.network import IpAddress, IpPool, NetworkDevice
from ispdesk.db.models.payments import CashShift, Payment, Receipt
from ispdesk.db.models.people import Attendance, Leave, LeaveType, Payroll
from ispdesk.db.models.sales import Campaign, CampaignRecipient, Contract, Lead, Referral, ReferralReward
from ispdesk.db.models.warehouse import (Asset, AssetHistory, Inventory, InventoryTransaction, PurchaseOrder,
                                         PurchaseOrderItem, Supplier)

#: The 20 tables the seed writes out in SQL (they must match it exactly on MariaDB).
SEED_SQL_TABLES = (
    "leads", "payments", "recurring_billings", "work_orders", "inventories", "inventory_transactions",
    "audit_logs", "contracts", "network_devices", "ip_pools", "ip_addresses", "suppliers",
    "purchase_orders", "purchase_order_items", "assets", "attendances", "payrolls", "customer_messages",
    "installation_reports", "promotions",
)
#: The 15 Phase 3 tables the seed names and ISPDesk designs.
SEED_PHASE3_TABLES = (
    "proforma_invoices", "credit_notes", "bandwidth_profiles", "knowledge_base_articles",
    "knowledge_base_categories", "sla_policies", "technician_locations", "leaves", "leave_types",
    "backups", "api_keys", "campaigns", "campaign_recipients", "referrals", "referral_rewards",
)

__all__ = [name for name in dir() if not name.startswith("_")]
