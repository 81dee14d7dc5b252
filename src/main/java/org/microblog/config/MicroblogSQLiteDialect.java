package org.microblog.config;

import java.sql.SQLException;
import java.util.Set;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.spi.SQLExceptionConversionDelegate;
import org.hibernate.type.SqlTypes;

/**
 * The community SQLite dialect with two fixes: it takes the real SQLite version from the
 * connection (the no-argument constructor assumes 2.0), and it reports SQLite's constraint
 * errors (code 19 and its extended codes) as constraint violations, so a duplicate username
 * is a {@code DataIntegrityViolationException} like on the other databases. Schema validation
 * accepts SQLite's type affinities: every integer type is one INTEGER, timestamps are INTEGER
 * epoch milliseconds (DESIGN.md §4), floating point is REAL.
 */
public class MicroblogSQLiteDialect extends SQLiteDialect {

    private static final int SQLITE_CONSTRAINT = 19;

    public MicroblogSQLiteDialect(DialectResolutionInfo info) {
        super(info);
    }

    public MicroblogSQLiteDialect() {
        super();
    }

    private static final Set<Integer> INTEGERS = Set.of(SqlTypes.TINYINT, SqlTypes.SMALLINT, SqlTypes.INTEGER,
            SqlTypes.BIGINT, SqlTypes.BOOLEAN, SqlTypes.BIT, SqlTypes.TIMESTAMP, SqlTypes.TIMESTAMP_UTC,
            SqlTypes.TIMESTAMP_WITH_TIMEZONE);
    private static final Set<Integer> REALS = Set.of(SqlTypes.REAL, SqlTypes.FLOAT, SqlTypes.DOUBLE);

    @Override
    public boolean equivalentTypes(int typeCode1, int typeCode2) {
        return super.equivalentTypes(typeCode1, typeCode2)
                || INTEGERS.contains(typeCode1) && INTEGERS.contains(typeCode2)
                || REALS.contains(typeCode1) && REALS.contains(typeCode2);
    }

    @Override
    public SQLExceptionConversionDelegate buildSQLExceptionConversionDelegate() {
        SQLExceptionConversionDelegate inherited = super.buildSQLExceptionConversionDelegate();
        return (SQLException e, String message, String sql) -> {
            if ((e.getErrorCode() & 0xFF) == SQLITE_CONSTRAINT) {
                return new ConstraintViolationException(message, e, sql, getViolatedConstraintNameExtractor().extractConstraintName(e));
            }
            return inherited == null ? null : inherited.convert(e, message, sql);
        };
    }
}
