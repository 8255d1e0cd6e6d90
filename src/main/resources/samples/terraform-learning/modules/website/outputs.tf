output "bucket_arn" {
  description = "ARN of the bucket"
  value       = aws_s3_bucket.site.arn
}

output "website_endpoint" {
  description = "Website endpoint of the bucket"
  value       = aws_s3_bucket_website_configuration.site.website_endpoint
}
