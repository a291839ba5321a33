(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-rf"]={"key":"rf","forms":{"rft":[0]},"terms":[{"w":390,"p":"hNdiLaPPmC5eLbXaiWJEYB8H"}]};
