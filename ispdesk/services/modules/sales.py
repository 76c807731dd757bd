"""Sales: leads, contracts, referrals and their rewards, campaigns."""
from __future__ import annotations

from ispdesk.db.models import Campaign, CampaignRecipient, Contract, Lead, Referral, ReferralReward
from ispdesk.domain.enums import (CampaignStatus, ContractStatus, LeadSource, LeadStatus, MessageChannel,
                                  RecipientStatus, ReferralStatus, RewardStatus, RewardType)
from ispdesk.services.modules.columns import (address_block, by_user, choice, code, created, doc_number, email,
                                              flag, integer, json, long_text, moment, money, name, notes,
                                              numbered, ref, stamp, status, text, updated, user, day)
from ispdesk.services.contracts import generic_edit_check as contract_edit_check
from ispdesk.services.leads import generic_edit_check
from ispdesk.services.specs import TableSpec

leads = TableSpec(
    key="leads", title="Leads", model=Lead, default_sort=("created_at", True),
    columns=(
        doc_number("lead_number", "Lead no."),
        name(width=200),
        code("phone", "Phone"),
        email(),
        *address_block(),
        choice("source", "Source", LeadSource),
        ref("interested_package_id", "Package", "packages", filterable=True),
        user("assigned_to", "Assigned to", filterable=True),
        status(LeadStatus),
        long_text("lost_reason", "Reason lost"),
        code("referral_code", "Referral code", in_list=False),
        stamp("converted_at", "Converted", in_list=False),
        ref("customer_id", "Customer", "customers", editable=False, in_list=False),
        notes(),
        created(),
        updated(),
    ),
    defaults=numbered("lead_number", "lead"),
    edit_check=generic_edit_check,
)

contracts = TableSpec(
    key="contracts", title="Contracts", model=Contract, label_column="contract_number",
    default_sort=("start_date", True),
    columns=(
        doc_number("contract_number", "Contract no."),
        ref("customer_id", "Customer", "customers", required=True, searchable=True),
        ref("package_id", "Package", "packages", required=True, filterable=True),
        day("start_date", "Start", required=True),
        day("end_date", "End", filterable=False),
        money("monthly_fee", "Monthly fee", required=True),
        money("installation_fee", "Installation fee", in_list=False),
        money("deposit", "Deposit", in_list=False),
        integer("contract_duration", "Duration (months)", minimum=1, in_list=False),
        flag("auto_renew", "Auto renew", in_list=False),
        status(ContractStatus, editable=False),
        long_text("terms", "Terms"),
        stamp("signed_at", "Signed"),
        text("signed_by", "Signed by", editable=False, in_list=False),
        ref("lead_id", "Lead", "leads", in_list=False),
        ref("promotion_id", "Promotion", "promotions", in_list=False),
        ref("renewed_from_id", "Renews", "contracts", editable=False, in_list=False),
        by_user(),
        created(in_list=False),
        updated(),
    ),
    defaults=numbered("contract_number", "contract", today=("start_date",)),
    # Status, signature and renewal move only by Sign/Activate/Suspend/Terminate/Renew due;
    # a contract past draft is frozen except its auto-renewal (services/contracts.py).
    edit_check=contract_edit_check,
)

referrals = TableSpec(
    key="referrals", title="Referrals", model=Referral, label_column="referral_code",
    default_sort=("created_at", True),
    columns=(
        code("referral_code", "Referral code", required=True),
        ref("referrer_customer_id", "Referrer", "customers", required=True, searchable=True),
        ref("referred_customer_id", "Referred customer", "customers", searchable=True),
        ref("lead_id", "Lead", "leads"),
        status(ReferralStatus),
        stamp("qualified_at", "Qualified"),
        created(),
        updated(),
    ),
)

referral_rewards = TableSpec(
    key="referral_rewards", title="Referral rewards", model=ReferralReward, label_column="id",
    default_sort=("created_at", True), can_create=False, can_edit=False, can_delete=False,
    columns=(
        ref("referral_id", "Referral", "referrals", searchable=True, prefix_search=True),
        ref("customer_id", "Customer", "customers", searchable=True),
        choice("reward_type", "Reward", RewardType),
        money("amount", "Amount"),
        status(RewardStatus),
        stamp("applied_at", "Applied"),
        ref("invoice_id", "Invoice", "invoices", in_list=False),
        created(),
        updated(),
    ),
)

campaigns = TableSpec(
    key="campaigns", title="Campaigns", model=Campaign, default_sort=("created_at", True),
    columns=(
        name(),
        choice("channel", "Channel", MessageChannel, required=True),
        text("subject", "Subject", searchable=True),
        long_text("message", "Message", required=True),
        json("target_filter", "Target filter"),
        status(CampaignStatus, editable=False),
        moment("scheduled_at", "Scheduled", filterable=True),
        stamp("started_at", "Started", in_list=False),
        stamp("completed_at", "Completed"),
        integer("recipients_count", "Recipients", editable=False),
        integer("sent_count", "Sent", editable=False),
        by_user(),
        created(in_list=False),
        updated(),
    ),
)

campaign_recipients = TableSpec(
    key="campaign_recipients", title="Campaign recipients", model=CampaignRecipient, label_column="destination",
    default_sort=("id", True), can_create=False, can_edit=False, can_delete=False,
    columns=(
        ref("campaign_id", "Campaign", "campaigns", searchable=True, filterable=True, width=200),
        ref("customer_id", "Customer", "customers", searchable=True, filterable=True, width=200),
        code("destination", "Sent to"),
        status(RecipientStatus, editable=False),
        stamp("sent_at", "Sent", filterable=True),
        stamp("delivered_at", "Delivered"),
        stamp("read_at", "Read", in_list=False),
        long_text("error", "Error"),
        created(in_list=False),
    ),
)

TABLES = (leads, contracts, referrals, referral_rewards, campaigns, campaign_recipients)
