-- Camunda's scripts leave ACT_RU_TASK(PARENT_TASK_ID_) unindexed; every task completion
-- scans it (shared/STACK.md, trap 4).
create index LT_IDX_TASK_PARENT_TASK on ACT_RU_TASK (PARENT_TASK_ID_);
