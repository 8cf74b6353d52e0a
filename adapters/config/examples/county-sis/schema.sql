-- A county student information system (MariaDB), as an agency IT team would find it: its own
-- table and column names (stu_master.stu_no, enr_hist, att_daily, ...) and its own local codes
-- for grades, attendance and disabilities. Used by ../../../CONNECT-YOUR-SYSTEM.md, mapped by
-- mapping.yaml, filled by seed.sql (synthetic people from the project's generator, no real data).
--
-- Id and code columns are utf8mb4_bin: ids that differ only in case stay two students, and the
-- adapter's batch contract matches keys by exact string equality (see the guide, "Ids and case").

CREATE TABLE IF NOT EXISTS stu_master (
  stu_no        VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
  frst_nm       VARCHAR(75) NOT NULL,
  mid_nm        VARCHAR(75) NULL,
  lst_nm        VARCHAR(75) NOT NULL,
  brth_dt       DATE NULL,
  -- How sure the registrar is of the name and birth date, in HMIS data-quality codes
  -- (1 full, 2 partial/approximate, 8 doesn't know, 9 refused, 99 not collected); NULL: not recorded.
  nm_dq_cd      TINYINT NULL,
  dob_dq_cd     TINYINT NULL,
  -- Read only by record linkage (the demographics reader): the registrar's sex code (F, M, X),
  -- the SSN where the family gave one (often not), the home ZIP. NULL: not held.
  sex_cd        CHAR(1) NULL,
  ssn_no        VARCHAR(11) NULL,
  res_zip       VARCHAR(10) NULL,
  last_chg_dttm DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS site_master (
  site_cd VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
  site_nm VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Enrollment history: one row per entry into a school.
CREATE TABLE IF NOT EXISTS enr_hist (
  stu_no        VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  site_cd       VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  enr_dt        DATE NOT NULL,
  grd_lvl       VARCHAR(4) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  wdrl_dt       DATE NULL,
  sch_yr        SMALLINT NOT NULL,
  last_chg_dttm DATETIME(3) NOT NULL,
  PRIMARY KEY (stu_no, site_cd, enr_dt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Daily attendance exceptions, one row per student, site, day and local attendance code.
CREATE TABLE IF NOT EXISTS att_daily (
  stu_no  VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  site_cd VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  att_dt  DATE NOT NULL,
  att_cd  VARCHAR(4) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (stu_no, site_cd, att_dt, att_cd)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS sped_pgm (
  stu_no        VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  pgm_nm        VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  pgm_beg_dt    DATE NOT NULL,
  pgm_end_dt    DATE NULL,
  iep_beg_dt    DATE NULL,
  iep_end_dt    DATE NULL,
  iep_rvw_dt    DATE NULL,
  last_chg_dttm DATETIME(3) NOT NULL,
  PRIMARY KEY (stu_no, pgm_nm, pgm_beg_dt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per disability of a special education program (keyed like the program).
CREATE TABLE IF NOT EXISTS sped_dsblty (
  stu_no     VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  pgm_nm     VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  pgm_beg_dt DATE NOT NULL,
  dsblty_cd  VARCHAR(4) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (stu_no, pgm_nm, pgm_beg_dt, dsblty_cd)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
