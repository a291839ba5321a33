(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-s3"]={"key":"s3","forms":{"s3ft":[0]},"terms":[{"w":575,"p":"rTc"}]};
