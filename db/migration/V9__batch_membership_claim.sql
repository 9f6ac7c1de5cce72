-- The sweep only decides which files make up a batch (its lt_batch_item rows); the batch's
-- first step claims the files (status and batch_id of each lt_record_file row), checking
-- each again. Until then the batch's agency is left out of later sweeps, so that a file
-- is never in two open batches.
alter table lt_batch add column due_by date;
alter table lt_batch add column claimed_at datetime(3);

-- Batches opened before this change claimed their files when they were opened.
update lt_batch set claimed_at = created_at;
