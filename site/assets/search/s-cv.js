(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-cv"]={"key":"cv","forms":{"cvae":[0]},"terms":[{"w":575,"p":"hSL"}]};
