-- Reserved for its area's tables; filled in by the work that needs them. A comment-only script keeps the version order fixed.
SELECT 1;
