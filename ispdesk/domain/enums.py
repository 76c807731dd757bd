"""The closed sets of values the data model uses (ENUM columns on MariaDB).

Each is a ``StrEnum`` so code can say ``PaymentMethod.CASH`` while the database
and the screens carry the plain string.  Order matters: it is the ENUM order.
"""
from __future__ import annotations

from enum import StrEnum


class LeadSource(StrEnum):
    WEBSITE = "website"
    WHATSAPP = "whatsapp"
    REFERRAL = "referral"
    WALK_IN = "walk-in"
    SOCIAL_MEDIA = "social_media"
    OTHER = "other"


class LeadStatus(StrEnum):
    NEW = "new"
    CONTACTED = "contacted"
    QUALIFIED = "qualified"
    PROPOSAL = "proposal"
    NEGOTIATION = "negotiation"
    WON = "won"
    LOST = "lost"


class PaymentMethod(StrEnum):
    CASH = "cash"
    TRANSFER = "transfer"
    QRIS = "qris"
    MIDTRANS = "midtrans"
    OTHER = "other"


class PaymentStatus(StrEnum):
    PENDING = "pending"
    CONFIRMED = "confirmed"
    FAILED = "failed"
    REFUNDED = "refunded"


class WorkOrderType(StrEnum):
    INSTALLATION = "installation"
    REPAIR = "repair"
    MAINTENANCE = "maintenance"
    RELOCATION = "relocation"
    DISCONNECTION = "disconnection"
    SURVEY = "survey"


class Priority(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    URGENT = "urgent"


class WorkOrderStatus(StrEnum):
    PENDING = "pending"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class InventoryCategory(StrEnum):
    ONT = "ont"
    ROUTER = "router"
    CABLE = "cable"
    CONNECTOR = "connector"
    TOOLS = "tools"
    ACCESSORIES = "accessories"
    OTHER = "other"


class StockMovementType(StrEnum):
    IN = "in"
    OUT = "out"
    ADJUSTMENT = "adjustment"
    RETURN = "return"


class ContractStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"
    SUSPENDED = "suspended"


class DeviceType(StrEnum):
    OLT = "olt"
    ODP = "odp"
    ODC = "odc"
    ROUTER = "router"
    SWITCH = "switch"
    AP = "ap"


class DeviceStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    MAINTENANCE = "maintenance"
    FAULTY = "faulty"


class IpPoolType(StrEnum):
    PUBLIC = "public"
    PRIVATE = "private"
    MANAGEMENT = "management"


class IpStatus(StrEnum):
    AVAILABLE = "available"
    ASSIGNED = "assigned"
    RESERVED = "reserved"
    BLOCKED = "blocked"


class PurchaseOrderStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    ORDERED = "ordered"
    PARTIAL = "partial"
    RECEIVED = "received"
    CANCELLED = "cancelled"


class AssetCategory(StrEnum):
    VEHICLE = "vehicle"
    EQUIPMENT = "equipment"
    FURNITURE = "furniture"
    ELECTRONICS = "electronics"
    BUILDING = "building"
    OTHER = "other"


class AssetStatus(StrEnum):
    ACTIVE = "active"
    MAINTENANCE = "maintenance"
    DISPOSED = "disposed"
    LOST = "lost"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    LATE = "late"
    ABSENT = "absent"
    LEAVE = "leave"
    SICK = "sick"
    HOLIDAY = "holiday"


class PayrollStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    PAID = "paid"


class MessageType(StrEnum):
    BROADCAST = "broadcast"
    INDIVIDUAL = "individual"
    GROUP = "group"


class MessageChannel(StrEnum):
    WHATSAPP = "whatsapp"
    EMAIL = "email"
    SMS = "sms"
    PUSH = "push"


class MessageStatus(StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    SENT = "sent"
    FAILED = "failed"


class PromotionType(StrEnum):
    DISCOUNT_PERCENT = "discount_percent"
    DISCOUNT_AMOUNT = "discount_amount"
    FREE_MONTHS = "free_months"
    CASHBACK = "cashback"


# ---- base tables and Phase 3 (designed here, in the seed's style) ----

class Role(StrEnum):
    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    CASHIER = "cashier"
    SALES = "sales"
    WAREHOUSE = "warehouse"
    TECHNICIAN = "technician"
    HR = "hr"


class CustomerStatus(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    UNPAID = "unpaid"
    PARTIAL = "partial"
    PAID = "paid"
    OVERDUE = "overdue"
    CANCELLED = "cancelled"


class InvoiceLineKind(StrEnum):
    PACKAGE = "package"
    PRORATION = "proration"
    DISCOUNT = "discount"
    PROMOTION = "promotion"
    LATE_FEE = "late_fee"
    INSTALLATION = "installation"
    DEPOSIT = "deposit"
    OTHER = "other"


class CreditMovementKind(StrEnum):
    OVERPAYMENT = "overpayment"      # money beyond what was due, kept as credit
    APPLIED = "applied"              # credit used to pay an invoice
    CREDIT_NOTE = "credit_note"
    REFERRAL_REWARD = "referral_reward"
    CASHBACK = "cashback"
    REFUND = "refund"                # credit paid back out
    REVERSAL = "reversal"            # a void undoing an earlier movement
    ADJUSTMENT = "adjustment"


class ProformaStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    PAID = "paid"
    CANCELLED = "cancelled"


class CreditNoteStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    APPLIED = "applied"
    CANCELLED = "cancelled"


class ArticleStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class LeaveStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class BackupStatus(StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"


class BackupKind(StrEnum):
    AUTOMATIC = "automatic"
    MANUAL = "manual"
    PRE_MIGRATION = "pre_migration"


class CampaignStatus(StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    RUNNING = "running"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class RecipientStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    FAILED = "failed"


class ReferralStatus(StrEnum):
    PENDING = "pending"
    QUALIFIED = "qualified"
    REWARDED = "rewarded"
    CANCELLED = "cancelled"


class RewardType(StrEnum):
    CREDIT = "credit"
    DISCOUNT = "discount"


class RewardStatus(StrEnum):
    PENDING = "pending"
    APPLIED = "applied"
    CANCELLED = "cancelled"


class ShiftStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class BillingRunStatus(StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


def values(enum_cls: type[StrEnum]) -> list[str]:
    """The enum's values in declaration order, as the database stores them."""
    return [member.value for member in enum_cls]
