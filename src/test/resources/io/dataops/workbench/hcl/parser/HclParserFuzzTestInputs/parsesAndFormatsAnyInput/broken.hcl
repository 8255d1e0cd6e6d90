a = [1,
b {
  c = (
}
d = "unterminated
e = <<EOT
no end
