-- The Flask Microblog after chapter 4 (its first two Alembic revisions, "users table" and "posts table"), on SQLite.
CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version (version_num) VALUES ('780739b227a7');
CREATE TABLE user (
    id INTEGER NOT NULL,
    username VARCHAR(64) NOT NULL,
    email VARCHAR(120) NOT NULL,
    password_hash VARCHAR(256),
    PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ix_user_email ON user (email);
CREATE UNIQUE INDEX ix_user_username ON user (username);
CREATE TABLE post (
    id INTEGER NOT NULL,
    body VARCHAR(140) NOT NULL,
    timestamp DATETIME NOT NULL,
    user_id INTEGER NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(user_id) REFERENCES user (id)
);
CREATE INDEX ix_post_timestamp ON post (timestamp);
CREATE INDEX ix_post_user_id ON post (user_id);
