# comments everywhere
resource "aws_s3_bucket" "logs" { # trailing
  bucket = "logs-${var.env}-%{if var.x}y%{else}n%{endif}"
  count  = var.n > 0 ? var.n : 1 /* inline */
  tags = {
    Name     = upper(var.name)
    "quoted" = [for k, v in var.m : "${k}=${v}" if v != null]
  }
  list = flatten([var.a[*].id, var.b.*.name, local.c.0, provider::aws::arn_parse("x").region, f(xs...)])
  doc = <<-EOT
    hello ${~ var.who ~} !
      %{ for x in var.xs ~}
      - ${x}
      %{~ endfor }
    EOT
  obj = {for v in var.l : v.k => v... if !v.skip}
  neg = -1 + 2 * 3 % 4 / 5 - (6 || 7 && 8 == 9 != 10 < 11 <= 12 > 13 >= 14)
}
one "line" { a = 1 }
esc = "\n\r\t\"\\\u00e9\U0001F600 $${x} %%{y}"
