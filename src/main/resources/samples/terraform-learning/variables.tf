variable "region" {
  description = "AWS region to create the resources in"
  type        = string
  default     = "us-west-2"
}

variable "instance_type" {
  description = "EC2 instance type of the application server"
  type        = string
  default     = "t2.micro"
}

variable "instance_name" {
  description = "Value of the Name tag for the EC2 instance"
  type        = string
  default     = "ExampleAppServerInstance"
}

variable "website_bucket_name" {
  description = "Globally unique name of the S3 bucket that hosts the static website"
  type        = string
  default     = "dataops-workbench-example-website"
}
