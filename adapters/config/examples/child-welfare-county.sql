-- The county schema that child-welfare-county.yaml maps (PostgreSQL): other table and column
-- names than the hub's default, local codes instead of AFCARS numbers. The config tests create
-- it in a schema of their own and run the conformance kit through the YAML mapping.
-- Ids are COLLATE "C" (binary equality and order), as the adapter's batch contract needs.

CREATE TABLE IF NOT EXISTS client (
  client_no   varchar(64) COLLATE "C" PRIMARY KEY,
  fname       text NOT NULL,
  mname       text,
  lname       text NOT NULL,
  dob         date,
  gender_cd   varchar(2) NOT NULL,
  -- Read only by record linkage (the demographics reader); NULL: not held.
  name_sfx    text,
  ssn_no      varchar(11),
  res_zip     varchar(10),
  last_chg_ts timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS staff (
  staff_no    varchar(64) COLLATE "C" PRIMARY KEY,
  fname       text NOT NULL,
  lname       text NOT NULL,
  unit_desc   text NOT NULL,
  county_desc text NOT NULL,
  last_chg_ts timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS svc_case (
  case_no      varchar(64) COLLATE "C" PRIMARY KEY,
  client_no    varchar(64) COLLATE "C" NOT NULL REFERENCES client (client_no),
  case_stat_cd varchar(3) NOT NULL,
  open_dt      date NOT NULL,
  close_dt     date,
  perm_goal_cd varchar(8) NOT NULL,
  custody_flag boolean NOT NULL,
  court_desc   text NOT NULL,
  court_county text NOT NULL,
  last_chg_ts  timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS staff_assign (
  case_no   varchar(64) COLLATE "C" NOT NULL REFERENCES svc_case (case_no),
  staff_no  varchar(64) COLLATE "C" NOT NULL REFERENCES staff (staff_no),
  assign_dt date NOT NULL,
  PRIMARY KEY (case_no, assign_dt)
);

CREATE TABLE IF NOT EXISTS removal_episode (
  episode_no  varchar(64) COLLATE "C" PRIMARY KEY,
  case_no     varchar(64) COLLATE "C" NOT NULL REFERENCES svc_case (case_no),
  removal_dt  date NOT NULL,
  exit_dt     date,
  exit_rsn_cd varchar(4)
);

CREATE TABLE IF NOT EXISTS removal_reason (
  episode_no varchar(64) COLLATE "C" NOT NULL REFERENCES removal_episode (episode_no),
  reason_cd  varchar(16) NOT NULL,
  PRIMARY KEY (episode_no, reason_cd)
);

CREATE TABLE IF NOT EXISTS plcmt (
  plcmt_no      varchar(64) COLLATE "C" PRIMARY KEY,
  case_no       varchar(64) COLLATE "C" NOT NULL REFERENCES svc_case (case_no),
  plcmt_type_cd varchar(4) NOT NULL,
  start_dt      date NOT NULL,
  end_dt        date,
  provider_nm   text NOT NULL
);
