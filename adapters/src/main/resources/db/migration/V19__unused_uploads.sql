-- Uploads no message shows are deleted once they are older than a configured time: the clean-up looks them up by age.
CREATE INDEX upload_created_idx ON upload (created_at);
