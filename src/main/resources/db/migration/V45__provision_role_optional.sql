-- Provision may be added before anyone has said who delivers it (api.md does not name
-- deliveredByRole): it is saved, and its cost is not yet worked out until the role is given.
alter table plan_provision alter column delivered_by_role drop not null;
